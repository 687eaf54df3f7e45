using EqualityMark.Events.Domain;
using EqualityMark.Shared.Data;
using EqualityMark.Shared.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace EqualityMark.Events.Data;

internal sealed class EventsDbContext(DbContextOptions<EventsDbContext> options, ITenantContext tenant) : ModuleDbContext(options, tenant)
{
    public const string SchemaName = "events";

    public DbSet<NetworkMeeting> Meetings => Set<NetworkMeeting>();

    public DbSet<MeetingBooking> Bookings => Set<MeetingBooking>();

    public DbSet<Visit> Visits => Set<Visit>();

    public DbSet<VisitRecordEntry> VisitRecordEntries => Set<VisitRecordEntry>();

    public DbSet<AvailabilitySlot> AvailabilitySlots => Set<AvailabilitySlot>();

    public DbSet<CalendarFeed> CalendarFeeds => Set<CalendarFeed>();

    public DbSet<EventReminder> Reminders => Set<EventReminder>();

    public DbSet<SplitOffer> SplitOffers => Set<SplitOffer>();

    public DbSet<EventSettings> Settings => Set<EventSettings>();

    protected override string Schema => SchemaName;
}
