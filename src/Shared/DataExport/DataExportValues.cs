using System.Collections;
using System.Globalization;

namespace EqualityMark.Shared.DataExport;

/// <summary>Turns stored values into the few kinds an export holds, and writes them as text for CSV.</summary>
public static class DataExportValues
{
    public static object? Normalise(object? value) => value switch
    {
        null => null,
        string or bool or long or decimal or double or DateOnly or DateTimeOffset => value,
        int or short or byte or uint => Convert.ToInt64(value, CultureInfo.InvariantCulture),
        float f => (double)f,
        Guid g => g.ToString(),
        Enum e => e.ToString(),
        DateTime d => new DateTimeOffset(DateTime.SpecifyKind(d, DateTimeKind.Utc)),
        TimeOnly t => t.ToString("HH:mm:ss", CultureInfo.InvariantCulture),
        IEnumerable items => string.Join("; ", items.Cast<object?>().Select(i => Text(Normalise(i)))),
        _ => Convert.ToString(value, CultureInfo.InvariantCulture),
    };

    public static string Text(object? value) => value switch
    {
        null => "",
        bool b => b ? "true" : "false",
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        DateTimeOffset d => d.ToString("O", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };
}
