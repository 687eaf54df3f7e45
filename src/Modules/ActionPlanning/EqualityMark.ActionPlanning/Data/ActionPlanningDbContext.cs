using EqualityMark.ActionPlanning.Domain;
using EqualityMark.Shared.Data;
using EqualityMark.Shared.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace EqualityMark.ActionPlanning.Data;

internal sealed class ActionPlanningDbContext(DbContextOptions<ActionPlanningDbContext> options, ITenantContext tenant) : ModuleDbContext(options, tenant)
{
    public const string SchemaName = "action_planning";

    public DbSet<ActionPlan> Plans => Set<ActionPlan>();

    public DbSet<Objective> Objectives => Set<Objective>();

    public DbSet<ObjectiveCell> ObjectiveCells => Set<ObjectiveCell>();

    public DbSet<PlanAction> Actions => Set<PlanAction>();

    public DbSet<ProgressNote> ProgressNotes => Set<ProgressNote>();

    public DbSet<ImpactRecord> Impacts => Set<ImpactRecord>();

    public DbSet<PlanComment> Comments => Set<PlanComment>();

    public DbSet<ReminderSent> RemindersSent => Set<ReminderSent>();

    public DbSet<ActionPlanSettings> Settings => Set<ActionPlanSettings>();

    public DbSet<EqualityStatement> Statements => Set<EqualityStatement>();

    public DbSet<StatementFigure> StatementFigures => Set<StatementFigure>();

    public DbSet<PublishedStatement> PublishedStatements => Set<PublishedStatement>();

    protected override string Schema => SchemaName;
}
