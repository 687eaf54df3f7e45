namespace EqualityMark.Host.Data.Migrations;

/// <summary>
/// The 2026-11-26 InitialPlatform migration created Quartz's tables from the DDL inside Quartz.dll. Quartz is
/// gone (ADR 0010) and the HangfireReplacesQuartz migration removes the "quartz" schema, so on a new database the
/// old migration, left as it was, only creates the empty schema that is dropped straight after.
/// </summary>
internal static class QuartzSchema
{
    public static string CreateSql() => "CREATE SCHEMA IF NOT EXISTS quartz;";
}
