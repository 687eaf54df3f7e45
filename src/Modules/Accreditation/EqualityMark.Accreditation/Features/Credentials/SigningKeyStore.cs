using System.Security.Cryptography;
using System.Text.Json.Nodes;
using EqualityMark.Accreditation.Data;
using EqualityMark.Accreditation.Domain;
using EqualityMark.Shared.Tenancy;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.IdentityModel.Tokens;
using Npgsql;

namespace EqualityMark.Accreditation.Features.Credentials;

/// <summary>
/// The authority's RSA signing key, made on first need. Its private half is kept only as data protection ciphertext
/// (the app's key ring is shared through the database, so every node can sign); its public half as a JWK.
/// The first key's id is fixed per authority ("{code}-1") and unique, so when two first requests race, one insert
/// wins and the other reads the winner's key: there is only ever one.
/// </summary>
internal sealed class SigningKeyStore(AccreditationDbContext db, ITenantContext tenant, IDataProtectionProvider protection, TimeProvider clock)
{
    private readonly IDataProtector _protector = protection.CreateProtector("EqualityMark.Accreditation.SigningKeys.v1");

    public async Task<IReadOnlyList<SigningKey>> PublishedAsync(CancellationToken cancellationToken) =>
        await db.SigningKeys.AsNoTracking().OrderBy(k => k.CreatedAt).ToListAsync(cancellationToken);

    public async Task<SigningKey> CurrentAsync(CancellationToken cancellationToken)
    {
        if (await ActiveAsync(cancellationToken) is { } active)
        {
            return active;
        }

        var created = await NewKeyAsync(cancellationToken);
        db.SigningKeys.Add(created);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return created;
        }
        catch (DbUpdateException exception) when (exception.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation })
        {
            db.Entry(created).State = EntityState.Detached;
            return await ActiveAsync(cancellationToken) ?? throw new InvalidOperationException("The authority's signing key was made at the same moment but cannot be read.", exception);
        }
    }

    /// <summary>The private key, decrypted for one signature; the caller disposes it.</summary>
    public RSA PrivateKey(SigningKey key)
    {
        var rsa = RSA.Create();
        rsa.ImportPkcs8PrivateKey(_protector.Unprotect(Convert.FromBase64String(key.ProtectedPrivateKey)), out _);
        return rsa;
    }

    private Task<SigningKey?> ActiveAsync(CancellationToken cancellationToken) =>
        db.SigningKeys.AsNoTracking().Where(k => k.RetiredAt == null).OrderByDescending(k => k.CreatedAt).FirstOrDefaultAsync(cancellationToken);

    private async Task<SigningKey> NewKeyAsync(CancellationToken cancellationToken)
    {
        var generation = await db.SigningKeys.CountAsync(cancellationToken) + 1;
        using var rsa = RSA.Create(2048);
        var parameters = rsa.ExportParameters(includePrivateParameters: false);
        var keyId = $"{tenant.Tenant?.Code ?? "authority"}-{generation}";
        var publicJwk = new JsonObject
        {
            ["kty"] = "RSA",
            ["use"] = "sig",
            ["alg"] = SecurityAlgorithms.RsaSha256,
            ["kid"] = keyId,
            ["n"] = Base64UrlEncoder.Encode(parameters.Modulus),
            ["e"] = Base64UrlEncoder.Encode(parameters.Exponent),
        };
        return new SigningKey
        {
            KeyId = keyId,
            PublicJwkJson = publicJwk.ToJsonString(),
            ProtectedPrivateKey = Convert.ToBase64String(_protector.Protect(rsa.ExportPkcs8PrivateKey())),
            CreatedAt = clock.GetUtcNow(),
        };
    }
}
