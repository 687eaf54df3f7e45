namespace EqualityMark.Organisations.Contracts;

public enum TenantStatus
{
    Active,
    Suspended,
}
