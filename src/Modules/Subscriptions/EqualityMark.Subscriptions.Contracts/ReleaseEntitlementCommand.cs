using EqualityMark.Shared.Messaging;

namespace EqualityMark.Subscriptions.Contracts;

/// <summary>
/// Gives back the unit used for a reference (e.g. a cancelled visit) to whichever subscription it was taken from,
/// whatever is in force today. Releasing twice, or a reference that used nothing, is harmless.
/// </summary>
public sealed record ReleaseEntitlementCommand(Guid SchoolId, string Reference) : ICommand<SchoolEntitlementsDto>;
