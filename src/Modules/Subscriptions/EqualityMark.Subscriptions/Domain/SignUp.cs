using EqualityMark.Organisations.Contracts;
using EqualityMark.Shared.Tenancy;
using EqualityMark.Subscriptions.Contracts;

namespace EqualityMark.Subscriptions.Domain;

/// <summary>A school's request to join the programme, from the public form, until the authority decides.</summary>
internal sealed class SignUp : ITenantOwned
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid TenantId { get; private set; }

    public required string SchoolName { get; init; }

    public required string Urn { get; init; }

    public SchoolPhase Phase { get; init; }

    public SchoolType SchoolType { get; init; }

    public required string AddressLine1 { get; init; }

    public required string Town { get; init; }

    public required string Postcode { get; init; }

    public required string CoordinatorName { get; init; }

    public required string CoordinatorEmail { get; init; }

    public Guid PackageId { get; init; }

    public required string PackageName { get; init; }

    public PaymentMethod PaymentMethod { get; init; }

    public string? PurchaseOrderNumber { get; init; }

    public SignUpStatus Status { get; set; }

    public string? RejectionReason { get; set; }

    public DateTimeOffset SubmittedAt { get; init; }

    public DateTimeOffset? DecidedAt { get; set; }

    public Guid? SubscriptionId { get; set; }

    public SignUpDto ToDto() => new(Id, SchoolName, Urn, Phase.ToString(), AddressLine1, Town, Postcode, CoordinatorName, CoordinatorEmail,
        PackageId, PackageName, PaymentMethod, PurchaseOrderNumber, Status, RejectionReason, SubmittedAt, SubscriptionId, SchoolType.ToString());
}
