using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace EqualityMark.Shared.Web;

public static class DateInputModelStateExtensions
{
    /// <summary>
    /// After a form was sent: where a date's boxes held something that is not a real date, say what is wrong on that
    /// field ("… must include a month", "… must be a real date") in place of whatever the command said about a missing date.
    /// </summary>
    /// <returns>True when every date was real (or left empty).</returns>
    public static bool ExplainUnrealDates(this ModelStateDictionary modelState, params (string Key, DateInput Input, string Label)[] dates)
    {
        var allReal = true;
        foreach (var (key, input, label) in dates)
        {
            if (input.ProblemFor(label) is { } problem)
            {
                modelState.Remove(key);
                modelState.AddModelError(key, problem);
                allReal = false;
            }
        }

        return allReal;
    }
}
