using EqualityMark.Organisations.Contracts;
using EqualityMark.Shared.Tenancy;

namespace EqualityMark.Organisations.Domain;

/// <summary>A local authority running its own mark. The registry of tenants is itself platform-wide.</summary>
[GlobalEntity("The tenant registry: resolving a host name to a tenant happens before any tenant is known.")]
internal sealed class Tenant
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public required string Code { get; init; }

    public required string Name { get; set; }

    public required string ProgrammeName { get; set; }

    public required string ContactEmail { get; set; }

    public TenantStatus Status { get; set; } = TenantStatus.Active;

    public DateTimeOffset CreatedAt { get; init; }

    /// <summary>The administrator invited when the authority was created (null for authorities made before onboarding).</summary>
    public Guid? FirstAdministratorId { get; set; }

    public string? FirstAdministratorName { get; set; }

    public string? FirstAdministratorEmail { get; set; }

    /// <summary>When the first administrator accepted their invitation and setup began.</summary>
    public DateTimeOffset? SetupStartedAt { get; set; }

    /// <summary>When the programme opened to schools; until then its public pages say it is being set up.</summary>
    public DateTimeOffset? LiveAt { get; set; }

    /// <summary>The name schools see as the sender of the authority's emails; null means the programme name.</summary>
    public string? EmailSenderName { get; set; }

    /// <summary>Where replies to the authority's emails go; null means the contact email.</summary>
    public string? EmailReplyTo { get; set; }

    public TenantState State => Status == TenantStatus.Suspended ? TenantState.Suspended
        : LiveAt is not null ? TenantState.Live
        : SetupStartedAt is not null ? TenantState.SettingUp
        : TenantState.Invited;

    public TenantDto ToDto() => new(Id, Code, Name, ProgrammeName, ContactEmail, Status, CreatedAt, State, FirstAdministratorName, FirstAdministratorEmail, LiveAt);
}
