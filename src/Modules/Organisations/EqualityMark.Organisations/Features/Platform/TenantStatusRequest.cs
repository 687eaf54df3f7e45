using EqualityMark.Organisations.Contracts;

namespace EqualityMark.Organisations.Features.Platform;

internal sealed record TenantStatusRequest(TenantStatus Status);
