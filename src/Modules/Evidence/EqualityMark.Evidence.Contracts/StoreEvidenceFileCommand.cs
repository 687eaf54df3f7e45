using EqualityMark.Shared.Messaging;

namespace EqualityMark.Evidence.Contracts;

/// <summary>
/// Stores a file for a school, owned by a record of another module (OwnerType + OwnerId, e.g. "objective").
/// The owning module checks who may attach; the store checks the file itself: not empty, at most 20 MB, a PDF,
/// Word, Excel, PowerPoint, PNG or JPEG judged from its content, with a name that agrees. Field errors on "File".
/// </summary>
public sealed record StoreEvidenceFileCommand(Guid SchoolId, string OwnerType, Guid OwnerId, string FileName, byte[] Content) : ICommand<EvidenceFileDto>;
