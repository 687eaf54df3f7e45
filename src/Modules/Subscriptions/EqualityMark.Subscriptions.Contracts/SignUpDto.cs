namespace EqualityMark.Subscriptions.Contracts;

public sealed record SignUpDto(
    Guid Id,
    string SchoolName,
    string Urn,
    string Phase,
    string AddressLine1,
    string Town,
    string Postcode,
    string CoordinatorName,
    string CoordinatorEmail,
    Guid PackageId,
    string PackageName,
    PaymentMethod PaymentMethod,
    string? PurchaseOrderNumber,
    SignUpStatus Status,
    string? RejectionReason,
    DateTimeOffset SubmittedAt,
    Guid? SubscriptionId,
    string SchoolType = "LocalAuthorityMaintained");
