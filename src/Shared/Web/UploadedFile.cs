using EqualityMark.Shared.Errors;
using Microsoft.AspNetCore.Http;

namespace EqualityMark.Shared.Web;

/// <summary>Reads an uploaded file into memory, refusing anything over the store's 20 MB before reading it all.</summary>
public static class UploadedFile
{
    private const long MaximumBytes = 20 * 1024 * 1024;

    public static async Task<byte[]> ReadAsync(IFormFile file, CancellationToken cancellationToken)
    {
        if (file.Length > MaximumBytes)
        {
            throw RequestValidationException.For("File", "The selected file must be smaller than 20 MB");
        }

        using var buffer = new MemoryStream((int)file.Length);
        await file.CopyToAsync(buffer, cancellationToken);
        return buffer.ToArray();
    }
}
