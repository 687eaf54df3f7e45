using EqualityMark.Subscriptions.Contracts;

namespace EqualityMark.Subscriptions.Features.Entitlements;

/// <summary>The body of POST /schools/{id}/entitlements/uses.</summary>
internal sealed record EntitlementUseRequest(EntitlementKind Kind, string? Reference);
