namespace EqualityMark.Shared.Modules;

/// <summary>The one password every demo account gets (local runs only).</summary>
public sealed record DemoSeedOptions(string Password);
