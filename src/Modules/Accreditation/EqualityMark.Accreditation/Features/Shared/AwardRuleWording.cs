using System.Globalization;
using EqualityMark.Accreditation.Domain;

namespace EqualityMark.Accreditation.Features.Shared;

/// <summary>The authority's award rule in a sentence, e.g. "All 6 badges within 3 years. Each badge is valid for 3 years."</summary>
internal static class AwardRuleWording
{
    public static string Describe(AwardRules rules, int badgesInFramework)
    {
        var needed = rules.BadgesNeeded(badgesInFramework);
        var count = needed == badgesInFramework ? $"All {Number(needed)} badges" : $"Any {Number(needed)} of the {Number(badgesInFramework)} badges";
        var window = rules.MarkWindowYears is { } years ? $" within {Years(years)}" : string.Empty;
        var badge = rules.BadgeValidityYears is { } valid ? $" Each badge is valid for {Years(valid)}." : " Badges do not expire.";
        var mark = rules.MarkValidityYears is { } markYears ? $" The Mark is valid for {Years(markYears)}." : " The Mark does not expire.";
        return $"{count}{window} earn the Mark.{badge}{mark}";
    }

    private static string Number(int n) => n.ToString(CultureInfo.InvariantCulture);

    private static string Years(int years) => years == 1 ? "1 year" : $"{Number(years)} years";
}
