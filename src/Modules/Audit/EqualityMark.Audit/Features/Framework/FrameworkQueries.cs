using EqualityMark.Shared.Messaging;

namespace EqualityMark.Audit.Features.Framework;

internal sealed record ListFrameworkVersionsQuery : IQuery<IReadOnlyList<FrameworkVersionSummaryDto>>;

internal sealed record GetFrameworkVersionQuery(Guid VersionId) : IQuery<FrameworkVersionDto>;
