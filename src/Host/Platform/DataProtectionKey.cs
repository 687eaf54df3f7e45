using EqualityMark.Shared.Tenancy;

namespace EqualityMark.Host.Platform;

/// <summary>An ASP.NET Core data-protection key, shared through the database so every host can read every cookie.</summary>
[GlobalEntity("Data-protection keys protect cookies for all tenants and hosts alike.")]
internal sealed class DataProtectionKey
{
    public int Id { get; init; }

    public required string FriendlyName { get; init; }

    public required string Xml { get; init; }
}
