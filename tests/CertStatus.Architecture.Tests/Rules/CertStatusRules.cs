using CertStatus.Application.Common.Persistence;
using CertStatus.Application.Common.Reading;
using Microsoft.AspNetCore.Mvc;

namespace CertStatus.Architecture.Tests.Rules;

/// <summary>The rules of the layering, each with the namespace it guards.</summary>
internal static class CertStatusRules
{
    internal const string Domain = "CertStatus.Domain";
    internal const string Application = "CertStatus.Application";
    internal const string Infrastructure = "CertStatus.Infrastructure";
    internal const string Api = "CertStatus.Api";
    internal const string Controllers = "CertStatus.Api.Controllers";
    internal const string EntityFrameworkCore = "Microsoft.EntityFrameworkCore";
    internal const string AspNetCore = "Microsoft.AspNetCore";
    internal const string Json = "System.Text.Json";
    internal const string Configuration = "Microsoft.Extensions.Configuration";

    /// <summary>The repository and unit-of-work contracts: controllers reach them only through a handler.</summary>
    private static string Persistence => typeof(IUnitOfWork).Namespace!;

    /// <summary>The read side's port.</summary>
    private static string Reading => typeof(ICertificationReadStore).Namespace!;

    /// <summary>The domain knows no other layer, no database, no HTTP and no JSON.</summary>
    public static ArchitectureRule DomainIsIndependent { get; } = ArchitectureRule.MustNotDependOn(
        nameof(DomainIsIndependent),
        Layers.Domain,
        Domain,
        Application,
        Infrastructure,
        Api,
        EntityFrameworkCore,
        AspNetCore,
        Json);

    /// <summary>Use cases know the domain, their own ports and their options, not how they are stored, served or configured.</summary>
    public static ArchitectureRule ApplicationKnowsNoOuterLayer { get; } = ArchitectureRule.MustNotDependOn(
        nameof(ApplicationKnowsNoOuterLayer),
        Layers.Application,
        Application,
        Infrastructure,
        Api,
        EntityFrameworkCore,
        AspNetCore,
        Configuration);

    /// <summary>Persistence implements the application's ports and knows nothing about HTTP; its settings arrive as options.</summary>
    public static ArchitectureRule InfrastructureKnowsNoApi { get; } = ArchitectureRule.MustNotDependOn(
        nameof(InfrastructureKnowsNoApi),
        Layers.Infrastructure,
        Infrastructure,
        Api,
        AspNetCore,
        Configuration);

    /// <summary>Controllers send commands and queries; they never reach storage or the aggregates themselves.</summary>
    public static ArchitectureRule ControllersOnlySend { get; } = ArchitectureRule.MustNotDependOn(
        nameof(ControllersOnlySend),
        Layers.Api,
        Controllers,
        Infrastructure,
        EntityFrameworkCore,
        Persistence,
        Domain);

    /// <summary>A controller's only collaborator is the mediator's <c>ISender</c>.</summary>
    public static ArchitectureRule ControllersTakeOnlySender { get; } = ArchitectureRule.Must(
        nameof(ControllersTakeOnlySender),
        Layers.Api,
        Controllers,
        types => types.And().Inherit(typeof(ControllerBase)),
        types => types.Should().MeetCustomRule(new TakesOnlySender()));

    /// <summary>Handlers are reached only through the mediator, and nothing derives from them.</summary>
    public static ArchitectureRule HandlersAreInternalSealed { get; } = ArchitectureRule.Must(
        nameof(HandlersAreInternalSealed),
        Layers.Application,
        Application,
        types => types.And().MeetCustomRule(new ImplementsMediatorHandler()),
        types => types.Should().NotBePublic().And().BeSealed());

    /// <summary>Domain state changes only through named methods that check the invariants.</summary>
    public static ArchitectureRule DomainHasNoPublicSetters { get; } = ArchitectureRule.Must(
        nameof(DomainHasNoPublicSetters),
        Layers.Domain,
        Domain,
        types => types,
        types => types.Should().MeetCustomRule(new HasNoPublicSetters()));

    /// <summary>Queries read through the read store: never the aggregate repository or the unit of work.</summary>
    public static ArchitectureRule QueriesUseOnlyTheReadSide { get; } = ArchitectureRule.Must(
        nameof(QueriesUseOnlyTheReadSide),
        Layers.Application,
        Application,
        types => types.And().MeetCustomRule(new ImplementsMediatorHandler("IQuery")),
        types => types.ShouldNot().HaveDependencyOn(Persistence));

    /// <summary>Commands decide on the aggregate as loaded for change, never on a read model.</summary>
    public static ArchitectureRule CommandsUseOnlyTheWriteSide { get; } = ArchitectureRule.Must(
        nameof(CommandsUseOnlyTheWriteSide),
        Layers.Application,
        Application,
        types => types.And().MeetCustomRule(new ImplementsMediatorHandler("ICommand")),
        types => types.ShouldNot().HaveDependencyOn(Reading));

    /// <summary>
    /// Configuration is read one way, as validated options (docs/adr/0014-configuration-one-way.md):
    /// outside their binding, and Serilog reading its own section, nothing in the Api reads it by key.
    /// The Application and Infrastructure are held to it by their dependency rules.
    /// </summary>
    public static ArchitectureRule ConfigurationIsReadAsValidatedOptions { get; } = ArchitectureRule.Must(
        nameof(ConfigurationIsReadAsValidatedOptions),
        Layers.Api,
        Api,
        types => types.And().MeetCustomRule(new OutsideTheConfigurationReaders($"{Api}.Configuration", $"{Api}.Setup.LoggingSetup")),
        types => types.ShouldNot().HaveDependencyOn(Configuration));

    public static IReadOnlyList<ArchitectureRule> All { get; } =
    [
        DomainIsIndependent,
        ApplicationKnowsNoOuterLayer,
        InfrastructureKnowsNoApi,
        ControllersOnlySend,
        ControllersTakeOnlySender,
        HandlersAreInternalSealed,
        DomainHasNoPublicSetters,
        QueriesUseOnlyTheReadSide,
        CommandsUseOnlyTheWriteSide,
        ConfigurationIsReadAsValidatedOptions,
    ];
}
