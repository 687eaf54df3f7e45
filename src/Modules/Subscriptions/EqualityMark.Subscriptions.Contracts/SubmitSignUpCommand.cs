using EqualityMark.Shared.Messaging;

namespace EqualityMark.Subscriptions.Contracts;

/// <summary>
/// A school asks to join the programme (public form). Phase is a SchoolPhase name, e.g. "Primary"; the type (for VAT) a
/// SchoolType name, e.g. "Academy": a school maintained by the authority when not given.
/// </summary>
public sealed record SubmitSignUpCommand(
    string SchoolName,
    string Urn,
    string? Phase,
    string AddressLine1,
    string Town,
    string Postcode,
    string CoordinatorName,
    string CoordinatorEmail,
    Guid? PackageId,
    PaymentMethod? PaymentMethod,
    string? PurchaseOrderNumber,
    string? SchoolType = null) : ICommand<SignUpDto>;
