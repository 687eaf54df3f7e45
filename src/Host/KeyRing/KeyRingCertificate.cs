using System.Security.Cryptography.X509Certificates;

namespace EqualityMark.Host.KeyRing;

/// <summary>
/// The certificate that encrypts the data-protection key ring at rest, from a PFX file named in
/// configuration. Every environment needs one: without it keys would sit in the database in plain text,
/// so the host refuses to start instead.
/// </summary>
internal static class KeyRingCertificate
{
    public const string PathKey = "DataProtection:CertificatePath";
    public const string PasswordKey = "DataProtection:CertificatePassword";

    public static X509Certificate2 Load(IConfiguration configuration)
    {
        var path = configuration[PathKey];
        if (string.IsNullOrWhiteSpace(path))
        {
            throw new InvalidOperationException(
                $"Configuration '{PathKey}' is missing (environment variable DataProtection__CertificatePath): the PFX certificate that " +
                "encrypts the data-protection keys stored in the database. ./run.sh creates a development one in .local/; " +
                "in production mount the certificate and set DataProtection__CertificatePath and DataProtection__CertificatePassword.");
        }

        if (!File.Exists(path))
        {
            throw new InvalidOperationException($"The data-protection certificate '{path}' ({PathKey}) does not exist.");
        }

        var certificate = X509CertificateLoader.LoadPkcs12FromFile(path, configuration[PasswordKey], X509KeyStorageFlags.EphemeralKeySet);
        return certificate.HasPrivateKey
            ? certificate
            : throw new InvalidOperationException($"The data-protection certificate '{path}' has no private key; keys could not be read back.");
    }
}
