using EqualityMark.Evidence.Data;
using EqualityMark.Evidence.Domain;
using Microsoft.EntityFrameworkCore;

namespace EqualityMark.Evidence.Storage;

/// <summary>Keeps file bytes in evidence.file_contents, inside the caller's unit of work and tenant.</summary>
internal sealed class PostgresEvidenceContentStore(EvidenceDbContext db) : IEvidenceContentStore
{
    public Task PutAsync(Guid fileId, byte[] content, CancellationToken cancellationToken)
    {
        db.Contents.Add(new EvidenceFileContent { FileId = fileId, Content = content });
        return Task.CompletedTask;
    }

    public async Task<byte[]?> GetAsync(Guid fileId, CancellationToken cancellationToken) =>
        await db.Contents.AsNoTracking().Where(c => c.FileId == fileId).Select(c => c.Content).SingleOrDefaultAsync(cancellationToken);

    public Task DeleteAsync(Guid fileId, CancellationToken cancellationToken) =>
        db.Contents.Where(c => c.FileId == fileId).ExecuteDeleteAsync(cancellationToken);
}
