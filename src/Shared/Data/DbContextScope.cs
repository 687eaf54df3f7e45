using EqualityMark.Shared.AuditLog;
using Microsoft.EntityFrameworkCore;

namespace EqualityMark.Shared.Data;

/// <summary>
/// What a module's DbContext takes from the service scope it serves: the scope's connection, tenant and unit of work,
/// and the list of changes for the audit log. A context's options, interceptors included, are made once per context
/// type (building them for every request was a measurable share of each request's CPU), so the interceptors find the
/// scope through the context.
/// </summary>
public sealed class DbContextScope(DbSession session, AuditLogChanges auditLogChanges)
{
    public DbSession Session => session;

    public AuditLogChanges AuditLogChanges => auditLogChanges;

    /// <summary>Puts a newly made context on the scope's connection.</summary>
    public void Join<TContext>(TContext context)
        where TContext : DbContext, IScopeJoinedDbContext
    {
        context.Scope = this;
        context.Database.SetDbConnection(session.Connection);
    }

    /// <summary>The scope a context serves; a context made outside a scope (not resolved from it) has none.</summary>
    public static DbContextScope Of(DbContext context) =>
        (context as IScopeJoinedDbContext)?.Scope
        ?? throw new InvalidOperationException($"{context.GetType().Name} was made outside a service scope; resolve it from the scope so it uses the scope's connection.");
}
