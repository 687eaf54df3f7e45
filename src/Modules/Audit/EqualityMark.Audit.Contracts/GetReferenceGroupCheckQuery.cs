using EqualityMark.Shared.Messaging;

namespace EqualityMark.Audit.Contracts;

/// <summary>How many members the school's reference group has and whether one is from the senior leadership team.</summary>
public sealed record GetReferenceGroupCheckQuery(Guid SchoolId) : IQuery<ReferenceGroupCheckDto>;
