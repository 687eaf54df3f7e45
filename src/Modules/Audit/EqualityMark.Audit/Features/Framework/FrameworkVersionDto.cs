using EqualityMark.Audit.Domain;

namespace EqualityMark.Audit.Features.Framework;

public sealed record FrameworkVersionDto(Guid Id, int Number, string Status, FrameworkContent Content, uint RowVersion);
