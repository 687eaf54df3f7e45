namespace EqualityMark.Shared.Data;

/// <summary>
/// The keyed NpgsqlDataSource for the platform role ("ConnectionStrings:Platform"): the only connection that may read
/// the data-protection key ring and operators' credentials. Everything else uses the app role's data source.
/// </summary>
public static class PlatformDatabase
{
    public const string ServiceKey = "platform";
}
