using EqualityMark.Shared.Errors;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace EqualityMark.Shared.Web;

public static class ModelStateExtensions
{
    /// <summary>Copies a command's field errors onto a page's form fields (Email → Input.Email).</summary>
    /// <param name="fieldMap">Where a command's field is not the form's field of the same name (e.g. StartsAt → Input.Date).</param>
    public static void AddValidationErrors(
        this ModelStateDictionary modelState, RequestValidationException exception, string prefix = "Input", IReadOnlyDictionary<string, string>? fieldMap = null)
    {
        foreach (var (field, messages) in exception.Errors)
        {
            var key = fieldMap?.GetValueOrDefault(field) ?? (string.IsNullOrEmpty(prefix) ? field : $"{prefix}.{field}");
            foreach (var message in messages)
            {
                modelState.AddModelError(key, message);
            }
        }
    }
}
