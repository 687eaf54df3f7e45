using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace EqualityMark.Shared.Web;

public static class DateInputModelStateExtensions
{
    /// <summary>
    /// After a form was sent: where a date's boxes held something that is not a real date, say so on that field
    /// in place of whatever the command said about a missing date.
    /// </summary>
    public static void ExplainUnrealDates(this ModelStateDictionary modelState, params (string Key, DateInput Input, string Label)[] dates)
    {
        foreach (var (key, input, label) in dates.Where(d => !d.Input.IsReal))
        {
            modelState.Remove(key);
            modelState.AddModelError(key, $"{label} must be a real date, for example 27 3 2027");
        }
    }
}
