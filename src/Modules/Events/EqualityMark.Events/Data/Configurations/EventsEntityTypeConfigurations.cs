using EqualityMark.Events.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EqualityMark.Events.Data.Configurations;

internal sealed class EventsEntityTypeConfigurations :
    IEntityTypeConfiguration<NetworkMeeting>,
    IEntityTypeConfiguration<MeetingBooking>,
    IEntityTypeConfiguration<Visit>,
    IEntityTypeConfiguration<VisitRecordEntry>,
    IEntityTypeConfiguration<AvailabilitySlot>,
    IEntityTypeConfiguration<CalendarFeed>,
    IEntityTypeConfiguration<EventReminder>,
    IEntityTypeConfiguration<EventSettings>,
    IEntityTypeConfiguration<SplitOffer>
{
    public void Configure(EntityTypeBuilder<SplitOffer> builder)
    {
        builder.ToTable("split_offers");
        builder.HasOne<NetworkMeeting>().WithMany().HasForeignKey(o => o.MeetingId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(o => new { o.MeetingId, o.Status });
        builder.HasIndex(o => o.GroupId);
        builder.Property(o => o.SchoolName).HasMaxLength(200);
        builder.Property(o => o.DecidedBy).HasMaxLength(200);
    }

    public void Configure(EntityTypeBuilder<EventSettings> builder)
    {
        builder.ToTable("settings");
        builder.HasIndex(s => s.TenantId).IsUnique();
    }

    public void Configure(EntityTypeBuilder<NetworkMeeting> builder)
    {
        builder.ToTable("network_meetings");
        builder.HasIndex(m => m.StartsAt);
        builder.Property(m => m.Term).HasMaxLength(60);
        builder.Property(m => m.Title).HasMaxLength(200);
        builder.Property(m => m.Venue).HasMaxLength(300);
        builder.Property(m => m.OnlineLink).HasMaxLength(500);
        builder.Property(m => m.Version).IsConcurrencyToken();
        builder.Ignore(m => m.IsCancelled);
    }

    public void Configure(EntityTypeBuilder<MeetingBooking> builder)
    {
        builder.ToTable("meeting_bookings");
        builder.HasOne<NetworkMeeting>().WithMany().HasForeignKey(b => b.MeetingId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(b => new { b.MeetingId, b.Status, b.CreatedAt });
        builder.HasIndex(b => b.SchoolId);
        builder.Property(b => b.SchoolName).HasMaxLength(200);
        builder.Property(b => b.AttendeeName).HasMaxLength(200);
        builder.Property(b => b.AttendeeEmail).HasMaxLength(320);
    }

    public void Configure(EntityTypeBuilder<Visit> builder)
    {
        builder.ToTable("visits");
        builder.HasIndex(v => new { v.SchoolId, v.Status });
        builder.HasIndex(v => new { v.AdvisorId, v.StartsAt });
        // The events dashboard reads a school year's visits by when they were requested.
        builder.HasIndex(v => v.RequestedAt);
        builder.Property(v => v.SchoolName).HasMaxLength(200);
        builder.Property(v => v.AdvisorName).HasMaxLength(200);
        builder.Property(v => v.BadgesToVerify).HasMaxLength(500);
        builder.Property(v => v.ProposedDates).HasMaxLength(1000);
    }

    public void Configure(EntityTypeBuilder<VisitRecordEntry> builder)
    {
        builder.ToTable("visit_record_entries");
        builder.HasOne<Visit>().WithMany().HasForeignKey(e => e.VisitId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(e => e.Kind).HasMaxLength(40);
        builder.Property(e => e.Author).HasMaxLength(200);
        builder.Property(e => e.Text).HasMaxLength(8000);
    }

    public void Configure(EntityTypeBuilder<AvailabilitySlot> builder)
    {
        builder.ToTable("availability_slots");
        builder.HasIndex(s => new { s.AdvisorId, s.StartsAt });
        builder.Property(s => s.AdvisorName).HasMaxLength(200);
    }

    public void Configure(EntityTypeBuilder<CalendarFeed> builder)
    {
        builder.ToTable("calendar_feeds");
        builder.HasIndex(f => f.TokenHash).IsUnique();
        builder.HasIndex(f => f.UserId);
        builder.Property(f => f.TokenHash).HasMaxLength(64);
        builder.Property(f => f.Role).HasMaxLength(40);
    }

    public void Configure(EntityTypeBuilder<EventReminder> builder)
    {
        builder.ToTable("reminders_sent");
        builder.HasIndex(r => new { r.Kind, r.SubjectId }).IsUnique();
        builder.Property(r => r.Kind).HasMaxLength(60);
    }
}
