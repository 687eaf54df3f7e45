namespace EqualityMark.Evidence.Storage;

/// <summary>Where the bytes of evidence files live. PostgreSQL (under row-level security) by default; an object store can replace it.</summary>
internal interface IEvidenceContentStore
{
    Task PutAsync(Guid fileId, byte[] content, CancellationToken cancellationToken);

    Task<byte[]?> GetAsync(Guid fileId, CancellationToken cancellationToken);

    Task DeleteAsync(Guid fileId, CancellationToken cancellationToken);
}
