<%--
  The page header of every wiki page on this host (template "wsr"): the product's name, the page's
  title in the viewer's language, the user's display name and role with log-out (or log-in back to
  this page), search. Values come from com.weeklyreview.wiki.PageHeader, already escaped.
--%>
<%@ taglib uri="http://jspwiki.apache.org/tags" prefix="wiki" %>
<%@ page import="com.weeklyreview.wiki.PageHeader" %>
<%@ page import="com.weeklyreview.wiki.rest.WikiServices" %>
<%
  String wsrPage = request.getParameter("page");
  if (wsrPage == null) { wsrPage = "Main"; }
  java.util.Locale wsrLocale = request.getLocale();
  com.weeklyreview.core.spi.UserDirectory wsrUsers = WikiServices.get().services().users();
  String wsrUser = request.getUserPrincipal() == null ? null : request.getUserPrincipal().getName();
%>
<div class="header wsr-header">
  <div class="topline wsr-topline">
    <a class="wsr-brand" href="<%= request.getContextPath() %>/Wiki.jsp?page=Main"><%= com.weeklyreview.widgets.Labels.of(wsrLocale).get("product.name") %></a>
    <nav class="wsr-links"><%= PageHeader.links(request.getContextPath(), wsrLocale) %></nav>
    <wiki:CheckRequestContext context='view'><wiki:Permission permission="edit"><wiki:PageExists><a class="wsr-edit-link" href="<wiki:EditLink format='url'/>"><%= com.weeklyreview.widgets.Labels.of(wsrLocale).get("header.edit") %></a></wiki:PageExists></wiki:Permission></wiki:CheckRequestContext>
    <span class="wsr-userbox"><%= PageHeader.userBox(wsrUser, wsrPage, request.getContextPath(), wsrLocale, wsrUsers) %></span>
  </div>
  <h1 class="wsr-pagetitle" id="wsr-pagetitle"><%= PageHeader.title(wsrPage, wsrLocale, wsrUsers) %></h1>
</div>
