namespace EqualityMark.Shared.Tenancy;

public sealed class TenantContext : ITenantContext
{
    private TenantInfo? _tenant;
    private bool _fixed;

    public TenantInfo? Tenant => _tenant;

    public bool IsFixed => _fixed;

    /// <summary>Sets the tenant for the rest of the scope. A second call is refused: a scope never changes tenant.</summary>
    public void Fix(TenantInfo? tenant)
    {
        if (_fixed)
        {
            throw new TenantIsolationException("The local authority of this scope is already set and cannot change.");
        }

        _tenant = tenant;
        _fixed = true;
    }
}
