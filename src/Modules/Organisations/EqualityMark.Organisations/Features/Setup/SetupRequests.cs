using EqualityMark.Organisations.Contracts;
using EqualityMark.Shared.Messaging;
using EqualityMark.Shared.PublicPages;

namespace EqualityMark.Organisations.Features.Setup;

/// <summary>The administrator's first-run task list: each part of the programme and whether it is done.</summary>
internal sealed record GetSetupQuery : IQuery<SetupDto>;

internal sealed record SetupDto(
    TenantDto Tenant, ProgrammeStatusDto Identity, bool IdentityDone, bool FrameworkPublished, int PhaseBands, int Packages, int PackagesPriced, bool InvoiceDetailsSet,
    IReadOnlyList<string> UncoveredPhases, bool CardPaymentsReady, EmailSenderDto EmailSender)
{
    /// <summary>Every school phase is in a band, so every school can sign up (ADR 0024).</summary>
    public bool PhaseBandsReady => PhaseBands > 0 && UncoveredPhases.Count == 0;

    public bool CatalogueReady => PhaseBands > 0 && Packages > 0 && PackagesPriced == Packages;

    public bool ReadyToGoLive => IdentityDone && FrameworkPublished && PhaseBandsReady && CatalogueReady && InvoiceDetailsSet;
}

/// <summary>The programme's identity; a null logo keeps the current one.</summary>
internal sealed record SaveIdentityCommand(
    string ProgrammeName, string Description, string ContactEmail, string ContactPhone, string BrandColour, byte[]? Logo, string? LogoContentType)
    : ICommand<ProgrammeStatusDto>, IChangesPublicPages;
