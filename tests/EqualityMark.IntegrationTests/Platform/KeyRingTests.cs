using EqualityMark.TestSupport;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Npgsql;

namespace EqualityMark.IntegrationTests.Platform;

/// <summary>The data-protection key ring: shared by hosts through the database, encrypted there with the configured certificate.</summary>
[Collection(AppTestGroup.Name)]
public sealed class KeyRingTests(AppFixture app)
{
    private const string Purpose = "EqualityMark.IntegrationTests.KeyRing";

    [Fact]
    public async Task A_value_protected_by_one_host_is_read_by_another_host_on_the_same_database_and_certificate()
    {
        var secret = $"shared across hosts {Guid.NewGuid()}";
        var protectedValue = app.Factory.Services.GetRequiredService<IDataProtectionProvider>().CreateProtector(Purpose).Protect(secret);

        await using var otherHost = app.Factory.WithWebHostBuilder(builder =>
            builder.ConfigureServices(services => services.RemoveAll<IHostedService>()));
        var otherProtector = otherHost.Services.GetRequiredService<IDataProtectionProvider>().CreateProtector(Purpose);

        Assert.Equal(secret, otherProtector.Unprotect(protectedValue));
    }

    [Fact]
    public async Task Keys_are_stored_encrypted_with_the_certificate_never_as_a_plain_master_key()
    {
        app.Factory.Services.GetRequiredService<IDataProtectionProvider>().CreateProtector(Purpose).Protect("make sure a key exists");

        await using var connection = new NpgsqlConnection(TestDatabase.PlatformConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT xml FROM platform.data_protection_keys", connection);
        var keys = new List<string>();
        await using (var reader = await command.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                keys.Add(reader.GetString(0));
            }
        }

        Assert.NotEmpty(keys);
        Assert.All(keys, xml =>
        {
            Assert.Contains("<encryptedSecret", xml, StringComparison.Ordinal);
            Assert.Contains("EncryptedData", xml, StringComparison.Ordinal);
            Assert.DoesNotContain("<masterKey", xml, StringComparison.Ordinal);
        });
    }

    [Fact]
    public async Task A_host_without_a_key_ring_certificate_refuses_to_start_and_says_which_setting_is_missing()
    {
        await using var host = app.Factory.WithWebHostBuilder(builder =>
        {
            builder.UseSetting("DataProtection:CertificatePath", string.Empty);
            builder.ConfigureServices(services => services.RemoveAll<IHostedService>());
        });

        var error = Assert.Throws<InvalidOperationException>(() => host.Server);
        Assert.Contains("DataProtection__CertificatePath", error.Message, StringComparison.Ordinal);
    }
}
