using System.Globalization;
using EqualityMark.Organisations.Contracts;
using EqualityMark.Subscriptions.Contracts;

namespace EqualityMark.Subscriptions.Features.Catalogue;

/// <summary>One sentence saying who pays VAT on the catalogue's prices, e.g. "Academies, free schools and independent schools pay VAT at 20% on top."</summary>
public static class VatNote
{
    public static string For(CatalogueDto catalogue)
    {
        var charged = catalogue.VatChargedTo.Select(Enum.Parse<SchoolType>).ToList();
        if (charged.Count == 0)
        {
            return "Prices are what every school pays: no VAT is added.";
        }

        var names = charged.ConvertAll(SchoolTypeNames.Plural);
        var list = names.Count == 1 ? names[0] : $"{string.Join(", ", names.Take(names.Count - 1))} and {names[^1]}";
        var others = Enum.GetValues<SchoolType>().Except(charged).Select(SchoolTypeNames.Plural).ToList();
        var rate = catalogue.VatRatePercent.ToString(CultureInfo.InvariantCulture);
        return $"Prices are before VAT: {list} pay VAT at {rate}% on top{(others.Count == 0 ? "." : $"; {string.Join(" and ", others)} pay no VAT.")}";
    }
}
