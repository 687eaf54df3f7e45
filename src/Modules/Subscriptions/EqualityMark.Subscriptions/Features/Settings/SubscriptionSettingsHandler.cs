using EqualityMark.Shared.Errors;
using EqualityMark.Shared.Security;
using EqualityMark.Subscriptions.Contracts;
using EqualityMark.Subscriptions.Data;
using EqualityMark.Subscriptions.Domain;
using MediatR;

namespace EqualityMark.Subscriptions.Features.Settings;

internal sealed class SubscriptionSettingsHandler(SubscriptionsDbContext db, ICurrentUser currentUser) :
    IRequestHandler<GetSubscriptionSettingsQuery, SubscriptionSettingsDto>,
    IRequestHandler<UpdateSubscriptionSettingsCommand, SubscriptionSettingsDto>
{
    public async Task<SubscriptionSettingsDto> Handle(GetSubscriptionSettingsQuery request, CancellationToken cancellationToken)
    {
        RequireStaff();
        return ToDto(await SettingsStore.GetAsync(db, cancellationToken));
    }

    public async Task<SubscriptionSettingsDto> Handle(UpdateSubscriptionSettingsCommand request, CancellationToken cancellationToken)
    {
        if (!currentUser.IsAuthorityAdmin)
        {
            throw new ForbiddenException("Only the authority's administrators can change subscription terms.");
        }

        var settings = await SettingsStore.GetAsync(db, cancellationToken);
        var vat = request.VatBySchoolType!;
        var address = request.Address!;
        settings.VatRatePercent = request.VatRatePercent;
        settings.VatForMaintained = vat.Maintained!.Value;
        settings.VatForAcademy = vat.Academy!.Value;
        settings.VatForFreeSchool = vat.FreeSchool!.Value;
        settings.VatForIndependent = vat.Independent!.Value;
        settings.VatRegistrationNumber = string.IsNullOrWhiteSpace(request.VatRegistrationNumber) ? null : UkVatNumber.Normalise(request.VatRegistrationNumber);
        settings.AddressLine1 = address.Line1!.Trim();
        settings.AddressLine2 = string.IsNullOrWhiteSpace(address.Line2) ? null : address.Line2.Trim();
        settings.AddressTown = address.Town!.Trim();
        settings.AddressPostcode = UkPostcode.Normalise(address.Postcode!);
        settings.YearStartMonth = request.YearStartMonth;
        settings.YearStartDay = request.YearStartDay;
        settings.PaymentTermsDays = request.PaymentTermsDays;
        settings.LapseGraceDays = request.LapseGraceDays;
        await db.SaveChangesAsync(cancellationToken);
        return ToDto(settings);
    }

    private void RequireStaff()
    {
        if (!currentUser.IsAuthorityStaff)
        {
            throw new ForbiddenException("Only the authority's staff can see subscription terms.");
        }
    }

    private static SubscriptionSettingsDto ToDto(SubscriptionSettings s) =>
        new(s.VatRatePercent, new VatBySchoolTypeDto(s.VatForMaintained, s.VatForAcademy, s.VatForFreeSchool, s.VatForIndependent),
            s.VatRegistrationNumber, s.Address, s.YearStartMonth, s.YearStartDay, s.PaymentTermsDays, s.LapseGraceDays);
}
