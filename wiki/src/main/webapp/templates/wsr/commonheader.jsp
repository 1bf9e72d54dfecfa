<%--
  The <head> of every wiki page on this host (template "wsr"; every other template file falls back
  to JSPWiki's default template). It loads what JSPWiki's default header loads, except that its
  localized script strings come from /wsr/wiki-strings.js: the Content-Security-Policy runs no
  inline script.
--%>
<%@ taglib uri="http://jspwiki.apache.org/tags" prefix="wiki" %>
<%@ taglib uri="http://java.sun.com/jsp/jstl/core" prefix="c" %>
<%@ page import="org.apache.wiki.api.core.*" %>
<%@ page import="org.apache.wiki.preferences.Preferences" %>
<meta charset="<wiki:ContentEncoding />">
<meta name="viewport" content="width=device-width, initial-scale=1">
<% Preferences.setupPreferences(pageContext); %>
<script src="<wiki:Link format='url' jsp='wsr/wiki-strings.js'/>"></script>
<script src="<wiki:Link format='url' jsp='wsr/page-title.js'/>"></script>
<link rel="icon" type="image/png" sizes="32x32" href="<wiki:Link format='url' jsp='favicons/favicon-32x32.png'/>">
<link rel="stylesheet" type="text/css" media="screen, projection, print" id="main-stylesheet"
     href="<wiki:Link format='url' jsp='templates/default/haddock.css'/>" />
<wiki:IncludeResources type="stylesheet"/>
<wiki:IncludeResources type="inlinecss" />
<link rel="stylesheet" type="text/css" href="<wiki:Link format='url' jsp='wsr/wsr-wiki.css'/>" />
<link rel="stylesheet" type="text/css" href="<wiki:Link format='url' jsp='wsr/wsr-lead.css'/>" />
<script src="<wiki:Link format='url' jsp='scripts/haddock.js'/>"></script>
<wiki:IncludeResources type="script"/>
<meta name="wikiContext" content='<wiki:Variable var="requestcontext" />' />
<wiki:Permission permission="edit"><meta name="wikiEditPermission" content="true"/></wiki:Permission>
<meta name="wikiBaseUrl" content='<wiki:BaseURL />' />
<meta name="wikiPageUrl" content='<wiki:Link format="url"  page="#$%"/>' />
<meta name="wikiEditUrl" content='<wiki:EditLink format="url" page="#$%"/>' />
<meta name="wikiPageName" content='<wiki:Variable var="pagename" />' />
<meta name="wikiUserName" content="<wiki:UserName />" />
<meta name="wikiTemplateUrl" content='<wiki:Link format="url" jsp="templates/default/" />' />
<meta name="wikiApplicationName" content='<wiki:Variable var="ApplicationName" />' />
<meta name="wikiXHRSearch" content='<wiki:Link format="url" templatefile="../default/AJAXSearch.jsp" />' />
<meta name="wikiXHRPreview" content='<wiki:Link format="url" templatefile="../default/AJAXPreview.jsp" />' />
<link rel="icon" type="image/png" sizes="32x32" href="favicons/favicon-32x32.png">
<link rel="shortcut icon" href="favicons/favicon.ico">
