namespace EqualityMark.Shared.Tenancy;

/// <summary>Raised when code tries to cross from one local authority's data into another's.</summary>
public sealed class TenantIsolationException(string message) : Exception(message);
