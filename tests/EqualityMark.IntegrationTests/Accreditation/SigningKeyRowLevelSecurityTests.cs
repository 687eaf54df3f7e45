using Npgsql;
using static EqualityMark.IntegrationTests.Tenancy.RowLevelSecurityTests;

namespace EqualityMark.IntegrationTests.Accreditation;

/// <summary>
/// The database's wall around the authorities' signing keys, with keys of two authorities present: raw SQL as the
/// app role, no EF filter. (The generic row-level security tests walk every accreditation table too.)
/// </summary>
[Collection(AppTestGroup.Name)]
public sealed class SigningKeyRowLevelSecurityTests(AppFixture app)
{
    [Fact]
    public async Task Signing_keys_are_visible_and_writable_only_within_their_authority()
    {
        foreach (var (tenant, code) in new[] { (app.Lancashire, "lancashire"), (app.Northdale, "northdale") })
        {
            var award = await app.AddBadgeAsync(tenant, AwardTestData.SchoolOnly());
            await app.Factory.ForTenant(code).DownloadCredentialAsync(award.VerificationCode);
        }

        await using (var none = await OpenAsync(null))
        {
            Assert.Equal(0L, await ScalarAsync<long>(none, "SELECT count(*) FROM accreditation.signing_keys"));
        }

        await using var lancashire = await OpenAsync(app.Lancashire.Id);
        Assert.True(await ScalarAsync<long>(lancashire, "SELECT count(*) FROM accreditation.signing_keys") >= 1);
        Assert.Equal(0L, await ScalarAsync<long>(lancashire, $"SELECT count(*) FROM accreditation.signing_keys WHERE tenant_id <> '{app.Lancashire.Id}'"));
        await using var insert = new NpgsqlCommand("""
            INSERT INTO accreditation.signing_keys (id, tenant_id, key_id, public_jwk_json, protected_private_key, created_at)
            VALUES (gen_random_uuid(), @other, @kid, '{}', 'x', now())
            """, lancashire);
        insert.Parameters.AddWithValue("other", app.Northdale.Id);
        insert.Parameters.AddWithValue("kid", $"intruder-{Guid.NewGuid():N}");
        var refused = await Assert.ThrowsAsync<PostgresException>(() => insert.ExecuteNonQueryAsync());
        Assert.Equal(PostgresErrorCodes.InsufficientPrivilege, refused.SqlState);
    }
}
