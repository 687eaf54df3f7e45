namespace EqualityMark.Shared.Tenancy;

/// <summary>
/// Explicit opt-out from tenant isolation for a platform-wide table (e.g. the tenant registry).
/// Every entity without it is filtered by tenant and protected by row-level security.
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class GlobalEntityAttribute(string reason) : Attribute
{
    public string Reason { get; } = reason;
}
