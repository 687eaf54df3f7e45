using EqualityMark.Shared.Errors;
using EqualityMark.Shared.Web;
using MediatR;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace EqualityMark.ActionPlanning.Features.Evidence;

internal static class EvidenceUploadForm
{
    /// <summary>Attaches a page's uploaded file; says whether it worked. Every problem lands on the "File" field.</summary>
    public static async Task<bool> AttachUploadAsync(this PageModel page, IMediator mediator, IFormFile? upload, EvidenceOwner owner, Guid ownerId, CancellationToken cancellationToken)
    {
        try
        {
            if (upload is null)
            {
                throw RequestValidationException.For("File", "Select a file");
            }

            var content = await UploadedFile.ReadAsync(upload, cancellationToken);
            return await page.SendFormAsync(mediator, new AttachEvidenceCommand(owner, ownerId, upload.FileName, content), string.Empty, "File", cancellationToken);
        }
        catch (RequestValidationException exception)
        {
            page.ModelState.AddValidationErrors(exception, string.Empty);
            return false;
        }
    }
}
