using EqualityMark.Events.Data;
using EqualityMark.Events.Domain;
using EqualityMark.Events.Features.Shared;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace EqualityMark.Events.Features.Settings;

internal sealed class EventSettingsHandler(EventsDbContext db, EventsAccess access) :
    IRequestHandler<GetEventSettingsQuery, EventSettingsDto>,
    IRequestHandler<UpdateEventSettingsCommand, EventSettingsDto>
{
    public async Task<EventSettingsDto> Handle(GetEventSettingsQuery request, CancellationToken cancellationToken)
    {
        access.EnsureStaff();
        var s = await access.SettingsAsync(cancellationToken);
        return new EventSettingsDto(s.CancellationNoticeDays, s.ReminderDays);
    }

    public async Task<EventSettingsDto> Handle(UpdateEventSettingsCommand request, CancellationToken cancellationToken)
    {
        access.EnsureAdmin();
        var settings = await db.Settings.FirstOrDefaultAsync(cancellationToken);
        if (settings is null)
        {
            settings = new EventSettings();
            db.Settings.Add(settings);
        }

        settings.CancellationNoticeDays = request.CancellationNoticeDays!.Value;
        settings.ReminderDays = request.ReminderDays!.Value;
        await db.SaveChangesAsync(cancellationToken);
        return new EventSettingsDto(settings.CancellationNoticeDays, settings.ReminderDays);
    }
}

internal sealed class UpdateEventSettingsValidator : AbstractValidator<UpdateEventSettingsCommand>
{
    public UpdateEventSettingsValidator()
    {
        RuleFor(c => c.CancellationNoticeDays).NotNull().InclusiveBetween(0, 120).WithMessage("Enter a number of days from 0 to 120");
        RuleFor(c => c.ReminderDays).NotNull().InclusiveBetween(1, 60).WithMessage("Enter a number of days from 1 to 60");
    }
}
