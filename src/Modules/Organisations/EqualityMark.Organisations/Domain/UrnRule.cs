using System.Text.RegularExpressions;

namespace EqualityMark.Organisations.Domain;

/// <summary>A DfE unique reference number is exactly six digits.</summary>
internal static partial class UrnRule
{
    public static bool IsValid(string? urn) => urn is not null && UrnPattern().IsMatch(urn);

    [GeneratedRegex("^[0-9]{6}$")]
    private static partial Regex UrnPattern();
}
