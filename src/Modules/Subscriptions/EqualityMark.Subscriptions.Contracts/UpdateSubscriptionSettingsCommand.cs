using EqualityMark.Shared.Messaging;
using EqualityMark.Shared.PublicPages;

namespace EqualityMark.Subscriptions.Contracts;

/// <summary>Changes the terms for subscriptions bought and invoices raised from now on; those already issued keep theirs.</summary>
public sealed record UpdateSubscriptionSettingsCommand(
    int VatRatePercent,
    VatBySchoolTypeDto? VatBySchoolType,
    string? VatRegistrationNumber,
    PostalAddressDto? Address,
    int YearStartMonth,
    int YearStartDay,
    int PaymentTermsDays,
    int LapseGraceDays) : ICommand<SubscriptionSettingsDto>, IChangesPublicPages;
