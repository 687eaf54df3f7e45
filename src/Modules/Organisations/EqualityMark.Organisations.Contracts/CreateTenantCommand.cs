using EqualityMark.Shared.Messaging;

namespace EqualityMark.Organisations.Contracts;

/// <summary>
/// Creates a local authority (its code becomes its host name: {code}.example.org) together with its first
/// administrator, who is invited by email to the new site. Its programme starts from the built-in template, or as a
/// copy of another authority's programme settings when <paramref name="CopyProgrammeFrom"/> names one;
/// <paramref name="StartEmpty"/> skips both (the demo data and tests write their own programme).
/// </summary>
public sealed record CreateTenantCommand(
    string Code,
    string Name,
    string ProgrammeName,
    string ContactEmail,
    string AdministratorName,
    string AdministratorEmail,
    Guid? CopyProgrammeFrom = null,
    bool Live = false,
    bool StartEmpty = false) : ICommand<TenantDto>;
