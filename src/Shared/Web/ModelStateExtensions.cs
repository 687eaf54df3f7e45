using EqualityMark.Shared.Errors;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace EqualityMark.Shared.Web;

public static class ModelStateExtensions
{
    /// <summary>Copies a command's field errors onto a page's form fields (Email → Input.Email).</summary>
    public static void AddValidationErrors(this ModelStateDictionary modelState, RequestValidationException exception, string prefix = "Input")
    {
        foreach (var (field, messages) in exception.Errors)
        {
            foreach (var message in messages)
            {
                modelState.AddModelError(string.IsNullOrEmpty(prefix) ? field : $"{prefix}.{field}", message);
            }
        }
    }
}
