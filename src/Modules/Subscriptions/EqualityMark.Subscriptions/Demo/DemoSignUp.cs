namespace EqualityMark.Subscriptions.Demo;

/// <summary>A sign-up left waiting for the demo administrator to review.</summary>
internal sealed record DemoSignUp(string TenantCode, string SchoolName, string Urn, string Phase, string Town, string PackageName, string CoordinatorName, string CoordinatorEmail);
