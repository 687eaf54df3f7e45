using EqualityMark.Shared.Messaging;

namespace EqualityMark.Subscriptions.Contracts;

/// <summary>Gives back the unit used for a reference (e.g. a cancelled booking). Releasing twice is harmless.</summary>
public sealed record ReleaseEntitlementCommand(Guid SchoolId, string Reference) : ICommand<SchoolEntitlementsDto>;
