using EqualityMark.Shared.Tenancy;

namespace EqualityMark.Host.Security.Sessions;

/// <summary>One signed-in browser. The cookie carries a random key; only its SHA-256 hash is stored.</summary>
[GlobalEntity("Checked before the tenant is known to the person: operators' sessions belong to no authority.")]
internal sealed class SignInSession
{
    public required byte[] KeyHash { get; init; }

    public Guid PersonId { get; init; }

    /// <summary>The authority the person signed in to; null for a platform operator. Not "tenant_id": this table sits outside row-level security.</summary>
    public Guid? AuthorityId { get; init; }

    public DateTimeOffset StartedAt { get; init; }

    public DateTimeOffset ExpiresAt { get; set; }
}
