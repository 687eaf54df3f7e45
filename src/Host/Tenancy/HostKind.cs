namespace EqualityMark.Host.Tenancy;

internal enum HostKind
{
    Platform,
    Tenant,
    Unknown,
}
