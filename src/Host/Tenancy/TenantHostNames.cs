using System.Net;

namespace EqualityMark.Host.Tenancy;

/// <summary>
/// Reads the tenant code from a request's host name: "lancashire.localhost" → "lancashire" when the
/// base domain is "localhost". The base domain itself, and any IP address, is the platform host.
/// </summary>
internal sealed class TenantHostNames(string baseDomain)
{
    public HostKind Classify(string host, out string? tenantCode)
    {
        tenantCode = null;
        var name = host.TrimEnd('.').ToLowerInvariant();
        if (name == baseDomain || IPAddress.TryParse(name.Trim('[', ']'), out _))
        {
            return HostKind.Platform;
        }

        var suffix = "." + baseDomain;
        if (!name.EndsWith(suffix, StringComparison.Ordinal))
        {
            return HostKind.Unknown;
        }

        var label = name[..^suffix.Length];
        if (label.Length == 0 || label.Contains('.', StringComparison.Ordinal))
        {
            return HostKind.Unknown;
        }

        tenantCode = label;
        return HostKind.Tenant;
    }
}
