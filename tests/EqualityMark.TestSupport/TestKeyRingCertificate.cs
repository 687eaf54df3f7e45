using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace EqualityMark.TestSupport;

/// <summary>
/// A self-signed certificate that encrypts the test hosts' data-protection keys, made once in the
/// repository's git-ignored .local/ and shared by every test host of the run (they share one database).
/// </summary>
public static class TestKeyRingCertificate
{
    /// <summary>Protects a throw-away test certificate only; not a secret.</summary>
    public const string Password = "equalitymark-test-certificate";

    private static readonly Lazy<string> File = new(Create);

    public static string Path => File.Value;

    public static X509Certificate2 Load() => X509CertificateLoader.LoadPkcs12FromFile(Path, Password, X509KeyStorageFlags.EphemeralKeySet);

    private static string Create()
    {
        var directory = System.IO.Path.Combine(RepositoryRoot(), ".local", "data-protection");
        var path = System.IO.Path.Combine(directory, "test.pfx");
        if (System.IO.File.Exists(path))
        {
            return path;
        }

        Directory.CreateDirectory(directory);
        using var rsa = RSA.Create(2048);
        var request = new CertificateRequest("CN=EqualityMark data protection (tests)", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddYears(10));
        var temporary = path + "." + Guid.NewGuid().ToString("N");
        System.IO.File.WriteAllBytes(temporary, certificate.Export(X509ContentType.Pfx, Password));
        try
        {
            System.IO.File.Move(temporary, path);
        }
        catch (IOException) when (System.IO.File.Exists(path))
        {
            // Another test process made it first; theirs is as good.
            System.IO.File.Delete(temporary);
        }

        return path;
    }

    private static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (System.IO.File.Exists(System.IO.Path.Combine(directory.FullName, "EqualityMark.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("EqualityMark.sln not found above " + AppContext.BaseDirectory);
    }
}
